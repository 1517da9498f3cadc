/**
 * The Kindred API's types, generated from GET /api/openapi.json by `npm run generate:client`.
 * Do not edit: tests/openapi/client.test.ts fails when this file differs from what the code describes.
 */

export interface paths {
    "/api/articles": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List articles */
        get: operations["listArticles"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of articles by id */
        get: operations["getArticlesByID"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List categories */
        get: operations["listCategories"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/categories/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of categories by id */
        get: operations["getCategoriesByID"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/file/{filename}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A file of media
         * @description The file a document’s `url` (or `sizes.<name>.url`) points to; `Range` requests are answered.
         */
        get: operations["getMediaFile"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** List media */
        get: operations["listMedia"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/media/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of media by id */
        get: operations["getMediaByID"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Register
         * @description The same answer whether or not the address already has an account (its owner is emailed instead). The account works once the emailed link is confirmed.
         */
        post: operations["postReaders"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Sign in
         * @description Answers the JWT and sets it as an HttpOnly cookie. 401: wrong email or password; 403: the email is not verified yet.
         */
        post: operations["postReadersLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sign out */
        post: operations["postReadersLogout"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The signed-in reader */
        get: operations["getReadersMe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/forgot-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Ask for a password reset
         * @description The same answer for any address; an account’s owner gets a reset link by email.
         */
        post: operations["postReadersForgotPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/reset-password": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reset the password with the emailed token */
        post: operations["postReadersResetPassword"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/readers/verify/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Confirm the email address */
        post: operations["postReadersVerifyToken"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/articles/{idOrSlug}/comments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The comment threads under an article
         * @description Approved comments. A signed-in reader also gets their own held comments, and a guest the held comments whose `authorToken`s (from posting them) they send, comma-separated, in `X-Comment-Token`; held ones are marked `pending`.
         */
        get: operations["getArticlesIdOrSlugComments"];
        put?: never;
        /**
         * Post a comment or a reply
         * @description Readers and staff comment as themselves; guests give `author`. Leave `website` empty: it is a honeypot.
         */
        post: operations["postArticlesIdOrSlugComments"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/moderate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve, reject, mark as spam, trash or restore comments (moderators) */
        post: operations["postCommentsModerate"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/queue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The moderation queue (moderators) */
        get: operations["getCommentsQueue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/ban": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ban or suspend whoever wrote a comment (moderators) */
        post: operations["postCommentsIdBan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Export one person’s comments (moderators) */
        get: operations["getCommentsExport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Anonymise one person’s comments (moderators) */
        post: operations["postCommentsErase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/unsubscribe": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stop reply notifications for a comment (the emailed link) */
        get: operations["getCommentsIdUnsubscribe"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}/flags": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Flag a comment */
        post: operations["postCommentsIdFlags"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/comments/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Delete one’s own comment */
        delete: operations["deleteCommentsId"];
        options?: never;
        head?: never;
        /** Edit one’s own comment */
        patch: operations["patchCommentsId"];
        trace?: never;
    };
    "/api/assessments/{slug}/form": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The assessment as a respondent sees it
         * @description Anyone. With `invitation`, the version the inviting partner answered.
         */
        get: operations["getAssessmentsSlugForm"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{slug}/responses": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Start a response
         * @description Anyone; a signed-in reader owns the response. Keep `token`: it is the private link to the response and its result.
         */
        post: operations["postAssessmentsSlugResponses"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/{id}/stats": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Aggregate statistics of an assessment (counselors) */
        get: operations["getAssessmentsIdStats"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/assessments/key-preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Preview a scoring key being edited (counselors) */
        post: operations["postAssessmentsKeyPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A response, to resume it */
        get: operations["getResponsesId"];
        put?: never;
        post?: never;
        /** Erase a response */
        delete: operations["deleteResponsesId"];
        options?: never;
        head?: never;
        /** Save answers or submit */
        patch: operations["patchResponsesId"];
        trace?: never;
    };
    "/api/responses/{id}/result": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The result of a submitted response */
        get: operations["getResponsesIdResult"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/invitation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Invite a partner (couple assessments) */
        post: operations["postResponsesIdInvitation"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Consent to the couple report, or withdraw it */
        post: operations["postResponsesIdConsent"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/grants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The counselors granted access, and their reads */
        get: operations["getResponsesIdGrants"];
        put?: never;
        /** Grant a counselor access to the response, by share code or id */
        post: operations["postResponsesIdGrants"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/grants/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Whom a counselor’s share code names, before granting */
        post: operations["postResponsesIdGrantsPreview"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/responses/{id}/grants/{grantId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke a grant */
        delete: operations["deleteResponsesIdGrantsGrantId"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/couples/{id}/report": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The couple report */
        get: operations["getCouplesIdReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/couples/{id}/consent": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Who has agreed to share the couple report */
        get: operations["getCouplesIdConsent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/couples/{id}/leave": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Leave the couple */
        post: operations["postCouplesIdLeave"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        articles: {
            title: string;
            excerpt?: string | null;
            heroImage?: (string | components["schemas"]["media"]) | null;
            /** @description Lexical editor state (`root.children`). */
            content: Record<string, never>;
            slug?: string | null;
            publishedAt?: string | null;
            authors?: (string | Record<string, never>)[] | null;
            populatedAuthors?: {
                id?: string | null;
                name?: string | null;
            }[] | null;
            categories?: (string | components["schemas"]["categories"])[] | null;
            callToAction?: (string | Record<string, never>) | null;
            callToActionAssessment?: unknown | null;
            comments?: ("open" | "closed") | null;
            closeCommentsAfterDays?: number | null;
            seo?: {
                title?: string | null;
                description?: string | null;
            } | null;
            commentCount?: number | null;
            updatedAt?: string | null;
            createdAt?: string | null;
            _status?: ("draft" | "published") | null;
            id: string;
        };
        categories: {
            title: string;
            description?: string | null;
            slug?: string | null;
            updatedAt?: string | null;
            createdAt?: string | null;
            id: string;
        };
        media: {
            alt: string;
            caption?: string | null;
            updatedAt?: string | null;
            createdAt?: string | null;
            url?: string | null;
            thumbnailURL?: string | null;
            filename?: string | null;
            mimeType?: string | null;
            filesize?: number | null;
            width?: number | null;
            height?: number | null;
            focalX?: number | null;
            focalY?: number | null;
            sizes?: {
                thumbnail?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                } | null;
                card?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                } | null;
                hero?: {
                    url?: string | null;
                    width?: number | null;
                    height?: number | null;
                    mimeType?: string | null;
                    filesize?: number | null;
                    filename?: string | null;
                } | null;
            } | null;
            id: string;
        };
        getArticlesIdOrSlugComments200__schema0: {
            author: {
                isStaff: boolean;
                name: string;
            };
            body: string;
            createdAt: string;
            deleted: boolean;
            editedAt: string | null;
            id: string;
            parent: string | null;
            /** @constant */
            pending?: true;
            replies: components["schemas"]["getArticlesIdOrSlugComments200__schema0"][];
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listArticles: {
        parameters: {
            query?: {
                /** @description A filter in qs bracket syntax, e.g. `where[slug][equals]=my-article` or `where[categories][in]=<id>`; paths name existing fields and cross at most 1 relationship. */
                where?: {
                    [key: string]: unknown;
                };
                limit?: number;
                page?: number;
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
                /** @description A field name; `-field` sorts descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docs: components["schemas"]["articles"][];
                        hasNextPage: boolean;
                        hasPrevPage: boolean;
                        limit: number;
                        nextPage?: number | null;
                        page: number;
                        pagingCounter?: number;
                        prevPage?: number | null;
                        totalDocs: number;
                        totalPages: number;
                    };
                };
            };
            /** @description A malformed query; the message names the parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getArticlesByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["articles"];
                };
            };
            /** @description Not found, or not published. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    listCategories: {
        parameters: {
            query?: {
                /** @description A filter in qs bracket syntax, e.g. `where[slug][equals]=my-article` or `where[categories][in]=<id>`; paths name existing fields and cross at most 1 relationship. */
                where?: {
                    [key: string]: unknown;
                };
                limit?: number;
                page?: number;
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
                /** @description A field name; `-field` sorts descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docs: components["schemas"]["categories"][];
                        hasNextPage: boolean;
                        hasPrevPage: boolean;
                        limit: number;
                        nextPage?: number | null;
                        page: number;
                        pagingCounter?: number;
                        prevPage?: number | null;
                        totalDocs: number;
                        totalPages: number;
                    };
                };
            };
            /** @description A malformed query; the message names the parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCategoriesByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["categories"];
                };
            };
            /** @description Not found, or not published. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMediaFile: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                filename: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file, with its own content type. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/octet-stream": unknown;
                };
            };
            /** @description No such file, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    listMedia: {
        parameters: {
            query?: {
                /** @description A filter in qs bracket syntax, e.g. `where[slug][equals]=my-article` or `where[categories][in]=<id>`; paths name existing fields and cross at most 1 relationship. */
                where?: {
                    [key: string]: unknown;
                };
                limit?: number;
                page?: number;
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
                /** @description A field name; `-field` sorts descending. */
                sort?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of documents. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docs: components["schemas"]["media"][];
                        hasNextPage: boolean;
                        hasPrevPage: boolean;
                        limit: number;
                        nextPage?: number | null;
                        page: number;
                        pagingCounter?: number;
                        prevPage?: number | null;
                        totalDocs: number;
                        totalPages: number;
                    };
                };
            };
            /** @description A malformed query; the message names the parameter. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getMediaByID: {
        parameters: {
            query?: {
                /** @description How many levels of relationships to populate (0: ids only). */
                depth?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The document. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["media"];
                };
            };
            /** @description Not found, or not published. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReaders: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                    /** @description The password again, as a sign-up form asks it; a 400 names this field when it differs. */
                    "confirm-password"?: string;
                    displayName: string;
                };
            };
        };
        responses: {
            /** @description Check your email. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReadersLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                    password: string;
                };
            };
        };
        responses: {
            /** @description Signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        exp: number;
                        message: string;
                        token: string;
                        user: {
                            _strategy?: string;
                            _verified?: boolean | null;
                            /** @constant */
                            collection?: "readers";
                            createdAt: string;
                            displayName: string;
                            /** Format: email */
                            email: string;
                            id: string;
                            /** @description The reader’s signed-in sessions. */
                            sessions?: {
                                createdAt: string;
                                expiresAt: string;
                                id: string;
                            }[] | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReadersLogout: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Signed out; the cookie is cleared. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getReadersMe: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The signed-in reader, or `user: null`. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        collection?: "readers";
                        exp?: number;
                        message?: string;
                        strategy?: string;
                        token?: string;
                        user: {
                            _strategy?: string;
                            _verified?: boolean | null;
                            /** @constant */
                            collection?: "readers";
                            createdAt: string;
                            displayName: string;
                            /** Format: email */
                            email: string;
                            id: string;
                            /** @description The reader’s signed-in sessions. */
                            sessions?: {
                                createdAt: string;
                                expiresAt: string;
                                id: string;
                            }[] | null;
                            updatedAt: string | null;
                        } | null;
                    };
                };
            };
        };
    };
    postReadersForgotPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email: string;
                };
            };
        };
        responses: {
            /** @description Check your email. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReadersResetPassword: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    password: string;
                    token: string;
                };
            };
        };
        responses: {
            /** @description The password is changed and the reader signed in. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message?: string;
                        token?: string;
                        user: {
                            _strategy?: string;
                            _verified?: boolean | null;
                            /** @constant */
                            collection?: "readers";
                            createdAt: string;
                            displayName: string;
                            /** Format: email */
                            email: string;
                            id: string;
                            /** @description The reader’s signed-in sessions. */
                            sessions?: {
                                createdAt: string;
                                expiresAt: string;
                                id: string;
                            }[] | null;
                            updatedAt: string | null;
                        };
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postReadersVerifyToken: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The token from the verification email. */
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Verified. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getArticlesIdOrSlugComments: {
        parameters: {
            query?: {
                limit?: number;
                page?: number;
                sort?: "oldest" | "newest";
            };
            header?: never;
            path: {
                /** @description The article’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of threads. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description No new comments or replies are taken (switched off, or past the closing date). */
                        closed: boolean;
                        comments: components["schemas"]["getArticlesIdOrSlugComments200__schema0"][];
                        hasNextPage: boolean;
                        limit: number;
                        page: number;
                        totalComments: number;
                        totalPages: number;
                        totalThreads: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postArticlesIdOrSlugComments: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The article’s id or slug. */
                idOrSlug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    author?: {
                        /** Format: email */
                        email: string;
                        name: string;
                    };
                    body: string;
                    website?: string;
                    notifyOnReply?: boolean;
                    parent?: string | number;
                };
            };
        };
        responses: {
            /** @description Stored; `status` says whether it awaits moderation. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        message: string;
                        /** @enum {string} */
                        status: "approved" | "pending" | "spam" | "rejected" | "trash";
                        /** @description Proves authorship of this comment: send it in `X-Comment-Token` to see it in the thread while held. */
                        authorToken: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCommentsModerate: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @enum {string} */
                    action: "approve" | "reject" | "spam" | "trash" | "restore";
                    ids: (string | number)[];
                    note?: string;
                };
            };
        };
        responses: {
            /** @description What was moved, and ids not found. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        notFound: string[];
                        /** @enum {string} */
                        status: "approved" | "pending" | "spam" | "rejected" | "trash";
                        updated: string[];
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCommentsQueue: {
        parameters: {
            query?: {
                limit?: number;
                queue?: "pending" | "flagged" | "spam";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The queue. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            article: {
                                id: string;
                                slug: string;
                                title: string;
                            } | null;
                            author: {
                                /** @description A guest’s address; moderators only. */
                                email?: string | null;
                                /** @enum {string} */
                                kind: "staff" | "reader" | "guest";
                                name: string;
                            };
                            bannable: ("account" | "email" | "address")[];
                            body: string;
                            createdAt: string;
                            flags: {
                                note?: string;
                                reason: string;
                            }[];
                            history: {
                                activeBans: number;
                                approved: number;
                                rejected: number;
                                spam: number;
                            };
                            id: string;
                            parent: {
                                author: string;
                                excerpt: string;
                                id: string;
                            } | null;
                            /** @enum {string} */
                            status: "approved" | "pending" | "spam" | "rejected" | "trash";
                            why: string;
                        }[];
                        totalDocs: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCommentsIdBan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The comment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    days?: number;
                    reason: string;
                    /** @enum {string} */
                    scope: "account" | "email" | "address";
                };
            };
        };
        responses: {
            /** @description The ban. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        expiresAt: string | null;
                        id: string;
                        /** @enum {string} */
                        target: "account" | "ip" | "email";
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCommentsExport: {
        parameters: {
            query?: {
                email?: string;
                reader?: string | number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Every comment of the person. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        comments: ({
                            body: string;
                            id: string;
                            /** @enum {string} */
                            status: "approved" | "pending" | "spam" | "rejected" | "trash";
                        } & {
                            [key: string]: unknown;
                        })[];
                        exportedAt: string;
                        total: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCommentsErase: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** Format: email */
                    email?: string;
                    reader?: string | number;
                };
            };
        };
        responses: {
            /** @description How many were anonymised. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        erased: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCommentsIdUnsubscribe: {
        parameters: {
            query: {
                token: string;
            };
            header?: never;
            path: {
                /** @description The comment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Unsubscribed. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        unsubscribed: true;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCommentsIdFlags: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The comment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    note?: string;
                    /** @enum {string} */
                    reason: "spam" | "abuse" | "off-topic" | "other";
                };
            };
        };
        responses: {
            /** @description Flagged. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        message: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteCommentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The comment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Deleted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        placeholder: boolean;
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchCommentsId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The comment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    body: string;
                };
            };
        };
        responses: {
            /** @description Edited; `status` as after a new check. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        message: string;
                        /** @enum {string} */
                        status: "approved" | "pending" | "spam" | "rejected" | "trash";
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAssessmentsSlugForm: {
        parameters: {
            query?: {
                invitation?: string;
            };
            header?: never;
            path: {
                /** @description The assessment’s slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The form of the published version. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        audience: string;
                        instructions: string;
                        /** @description Lexical rich text */
                        intro: unknown;
                        questions: {
                            helpText?: string;
                            id: string;
                            options?: {
                                label: string;
                                value: number | string;
                            }[];
                            /** @constant */
                            private?: true;
                            prompt: string;
                            required: boolean;
                            scale?: {
                                max: number;
                                maxLabel?: string;
                                min: number;
                                minLabel?: string;
                            };
                            type: string;
                        }[];
                        slug: string;
                        title: string;
                        version: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAssessmentsSlugResponses: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The assessment’s slug. */
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default {} */
                    answers?: {
                        [key: string]: unknown;
                    };
                    invitation?: string;
                    /** @default false */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Started (a draft), or submitted and scored. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        couple?: string;
                        id: string;
                        result?: {
                            assessment: {
                                slug: string;
                                title: string;
                            };
                            dimensions: {
                                answered: number;
                                band: {
                                    conversationPrompts: string[];
                                    /** @description Lexical rich text, or null */
                                    interpretation: unknown;
                                    label: string;
                                } | null;
                                method: string;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                                total: number;
                                withheld: boolean;
                                description: string;
                                key: string;
                                label: string;
                            }[];
                            overall: {
                                answered: number;
                                band: {
                                    conversationPrompts: string[];
                                    /** @description Lexical rich text, or null */
                                    interpretation: unknown;
                                    label: string;
                                } | null;
                                method: string;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                                total: number;
                                withheld: boolean;
                            } | null;
                            version: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted";
                        /** @description The private link’s secret: send it as `X-Response-Token`. */
                        token: string;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getAssessmentsIdStats: {
        parameters: {
            query?: {
                version?: number;
            };
            header?: never;
            path: {
                /** @description The assessment’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The published statistics snapshot. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        asOf: string | null;
                        assessment: {
                            id: string;
                            title: string;
                        };
                        available: boolean;
                        /** @description Per dimension aggregates; null until published */
                        dimensions: unknown;
                        minimumN: number;
                        n: number;
                        version: number;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postAssessmentsKeyPreview: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @default [] */
                    dimensions?: {
                        bands?: {
                            label?: string | null;
                            max?: number | null;
                            min?: number | null;
                        }[] | null;
                        key?: string | null;
                        label?: string | null;
                        method?: string | null;
                        minAnsweredFraction?: number | null;
                        missing?: string | null;
                    }[];
                    overall?: {
                        bands?: {
                            label?: string | null;
                            max?: number | null;
                            min?: number | null;
                        }[] | null;
                        method?: string | null;
                    } | null;
                    questions?: (string | number)[];
                };
            };
        };
        responses: {
            /** @description Possible ranges and problems. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        problems: unknown[];
                        ranges: unknown;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Nobody is signed in. */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getResponsesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The response. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        answers: {
                            [key: string]: unknown;
                        };
                        assessment: {
                            slug: string;
                            title: string;
                        };
                        couple: string | null;
                        createdAt: string;
                        /** @description Only for a draft, to resume it. */
                        form?: {
                            audience: string;
                            instructions: string;
                            /** @description Lexical rich text */
                            intro: unknown;
                            questions: {
                                helpText?: string;
                                id: string;
                                options?: {
                                    label: string;
                                    value: number | string;
                                }[];
                                /** @constant */
                                private?: true;
                                prompt: string;
                                required: boolean;
                                scale?: {
                                    max: number;
                                    maxLabel?: string;
                                    min: number;
                                    minLabel?: string;
                                };
                                type: string;
                            }[];
                            slug: string;
                            title: string;
                        };
                        id: string;
                        /** @enum {string} */
                        status: "draft" | "submitted";
                        submittedAt: string | null;
                        updatedAt: string;
                        version: number;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteResponsesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Erased. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        deleted: true;
                        id: string;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    patchResponsesId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    answers?: {
                        [key: string]: unknown;
                    };
                    /** @default false */
                    submit?: boolean;
                };
            };
        };
        responses: {
            /** @description Saved, or submitted and scored. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        id: string;
                        result?: {
                            assessment: {
                                slug: string;
                                title: string;
                            };
                            dimensions: {
                                answered: number;
                                band: {
                                    conversationPrompts: string[];
                                    /** @description Lexical rich text, or null */
                                    interpretation: unknown;
                                    label: string;
                                } | null;
                                method: string;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                                total: number;
                                withheld: boolean;
                                description: string;
                                key: string;
                                label: string;
                            }[];
                            overall: {
                                answered: number;
                                band: {
                                    conversationPrompts: string[];
                                    /** @description Lexical rich text, or null */
                                    interpretation: unknown;
                                    label: string;
                                } | null;
                                method: string;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                                total: number;
                                withheld: boolean;
                            } | null;
                            version: number;
                        };
                        /** @enum {string} */
                        status: "draft" | "submitted";
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getResponsesIdResult: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: {
                            slug: string;
                            title: string;
                        };
                        dimensions: {
                            answered: number;
                            band: {
                                conversationPrompts: string[];
                                /** @description Lexical rich text, or null */
                                interpretation: unknown;
                                label: string;
                            } | null;
                            method: string;
                            percent: number | null;
                            score: number | null;
                            tallyWinners?: string[];
                            total: number;
                            withheld: boolean;
                            description: string;
                            key: string;
                            label: string;
                        }[];
                        overall: {
                            answered: number;
                            band: {
                                conversationPrompts: string[];
                                /** @description Lexical rich text, or null */
                                interpretation: unknown;
                                label: string;
                            } | null;
                            method: string;
                            percent: number | null;
                            score: number | null;
                            tallyWinners?: string[];
                            total: number;
                            withheld: boolean;
                        } | null;
                        version: number;
                        couple: string | null;
                        id: string;
                        submittedAt: string | null;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postResponsesIdInvitation: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The partner’s single-use code. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        code: string;
                        couple: string;
                        expiresAt: string;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postResponsesIdConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    share: boolean;
                };
            };
        };
        responses: {
            /** @description The consent as it now stands. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        couple: string;
                        share: boolean;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not possible in the resource’s current state. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getResponsesIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The grants. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        docs: {
                            counselor: {
                                id: string;
                                name: string;
                            };
                            createdAt: string;
                            id: string;
                            revokedAt: string | null;
                            reads: {
                                action: string;
                                at: string;
                            }[];
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postResponsesIdGrants: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A counselor’s share code, such as `K7QM-4XPD-9TRA`. */
                    code?: string;
                    counselor?: string | number;
                };
            };
        };
        responses: {
            /** @description Already granted. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counselor: {
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        id: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Granted. */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counselor: {
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        id: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postResponsesIdGrantsPreview: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": {
                    /** @description A counselor’s share code, such as `K7QM-4XPD-9TRA`. */
                    code: string;
                };
            };
        };
        responses: {
            /** @description Whom the code names. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Only the counselor’s display name. */
                        counselor: {
                            name: string;
                        };
                    };
                };
            };
            /** @description The input is invalid; `errors[0].data.errors` names each field and why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Too many requests; `Retry-After` says how many seconds to wait. */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again. */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    deleteResponsesIdGrantsGrantId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The response’s id. */
                id: string;
                /** @description The grant’s id. */
                grantId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Revoked. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        counselor: {
                            id: string;
                            name: string;
                        };
                        createdAt: string;
                        id: string;
                        revokedAt: string | null;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCouplesIdReport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The couple’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The couple report, from the caller’s side. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        assessment: {
                            slug: string;
                            title: string;
                        };
                        couple: string;
                        dimensions: {
                            agreement: {
                                [key: string]: number;
                            };
                            description: string;
                            difference: number | null;
                            items: {
                                agreement: string | null;
                                prompt: string;
                                questionId: string;
                            }[];
                            key: string;
                            label: string;
                            method: string;
                            partner: {
                                band: string | null;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                            };
                            pca: number | null;
                            percentGap: number | null;
                            you: {
                                band: string | null;
                                percent: number | null;
                                score: number | null;
                                tallyWinners?: string[];
                            };
                        }[];
                        growthAreas: {
                            conversationPrompts: string[];
                            key: string;
                            label: string;
                        }[];
                        strengths: {
                            key: string;
                            label: string;
                        }[];
                        version: number;
                    };
                };
            };
            /** @description The caller may not do this. */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    getCouplesIdConsent: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The couple’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who has agreed to share the report. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @description Who has agreed to share the couple report; a partner who left counts as not agreeing. */
                        consent: {
                            mine: boolean;
                            partner: boolean;
                        };
                        couple: string;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
    postCouplesIdLeave: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The couple’s id. */
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Left. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @constant */
                        left: true;
                    };
                };
            };
            /** @description Not found, or not the caller’s to see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        errors: {
                            data?: unknown;
                            message: string;
                            name?: string;
                        }[];
                    };
                };
            };
        };
    };
}

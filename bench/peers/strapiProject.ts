/**
 * The files of the Strapi 5 project the runner writes into its scratch folder (plain JavaScript, so
 * nothing is built): SQLite, production, the admin panel not served (`serveAdminPanel: false`, so no
 * admin build), Strapi's default middlewares (its request logger included), an article type and a
 * comment type (content, author name, email, article relation) with core controllers, routes and
 * services; the bootstrap gives the public role read of articles and create of comments, and — when
 * PEERS_SEED_FILE names the runner's articles — publishes them through the Document Service.
 */
const api = (name: string) => ({
  [`src/api/${name}/controllers/${name}.js`]: `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreController('api::${name}.${name}');\n`,
  [`src/api/${name}/routes/${name}.js`]: `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreRouter('api::${name}.${name}');\n`,
  [`src/api/${name}/services/${name}.js`]: `const { factories } = require('@strapi/strapi');\nmodule.exports = factories.createCoreService('api::${name}.${name}');\n`,
})

const schema = (singular: string, plural: string, draftAndPublish: boolean, attributes: object) =>
  JSON.stringify(
    {
      attributes,
      collectionName: plural,
      info: { displayName: singular, pluralName: plural, singularName: singular },
      kind: 'collectionType',
      options: { draftAndPublish },
    },
    null,
    2,
  )

const bootstrap = `const fs = require('node:fs');

const publicActions = ['api::article.article.find', 'api::article.article.findOne', 'api::comment.comment.create'];

module.exports = {
  register() {},
  async bootstrap({ strapi }) {
    const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } });
    const permissions = strapi.db.query('plugin::users-permissions.permission');
    for (const action of publicActions)
      if (!(await permissions.findOne({ where: { action, role: role.id } })))
        await permissions.create({ data: { action, role: role.id } });
    if (!process.env.PEERS_SEED_FILE) return;
    const articles = strapi.documents('api::article.article');
    for (const article of JSON.parse(fs.readFileSync(process.env.PEERS_SEED_FILE, 'utf8')))
      await articles.create({ data: article, status: 'published' });
  },
};
`

/** Path (relative to the project) → content. */
export const strapiProject = (): Record<string, string> => ({
  'config/admin.js': `module.exports = ({ env }) => ({
  apiToken: { salt: env('API_TOKEN_SALT') },
  auth: { secret: env('ADMIN_JWT_SECRET') },
  secrets: { encryptionKey: env('ENCRYPTION_KEY') },
  serveAdminPanel: false,
  transfer: { token: { salt: env('TRANSFER_TOKEN_SALT') } },
});
`,
  'config/database.js': `module.exports = ({ env }) => ({
  connection: { client: 'sqlite', connection: { filename: env('DATABASE_FILENAME') }, useNullAsDefault: true },
});
`,
  'config/middlewares.js': `module.exports = ['strapi::logger', 'strapi::errors', 'strapi::security', 'strapi::cors', 'strapi::poweredBy', 'strapi::query', 'strapi::body', 'strapi::session', 'strapi::favicon', 'strapi::public'];
`,
  'config/plugins.js': `module.exports = ({ env }) => ({ 'users-permissions': { config: { jwtSecret: env('JWT_SECRET') } } });
`,
  'config/server.js': `module.exports = ({ env }) => ({ host: '127.0.0.1', port: env.int('PORT'), app: { keys: env.array('APP_KEYS') } });
`,
  // The upload provider refuses to start without its folder, even when nothing is uploaded.
  'public/uploads/.keep': '',
  'src/index.js': bootstrap,
  ...api('article'),
  ...api('comment'),
  'src/api/article/content-types/article/schema.json': schema('article', 'articles', true, {
    body: { type: 'richtext' },
    excerpt: { type: 'text' },
    slug: { targetField: 'title', type: 'uid' },
    title: { required: true, type: 'string' },
  }),
  'src/api/comment/content-types/comment/schema.json': schema('comment', 'comments', false, {
    article: { relation: 'manyToOne', target: 'api::article.article', type: 'relation' },
    authorEmail: { required: true, type: 'email' },
    authorName: { required: true, type: 'string' },
    content: { required: true, type: 'text' },
  }),
})

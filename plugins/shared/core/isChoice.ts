/** Whether a question of this type is answered by picking among its options (one, or several). */
export const isChoice = (type: null | string | undefined): boolean => type === 'single' || type === 'multiple'

/** The product as the user sees it, and the folder name every runtime keeps its data under. */
export const PRODUCT_NAME = '河南省专业技术人员继续教育 单位管理端';
export const APP_FOLDER_NAME = 'henan-ce-admin';

/** PNG imports are inlined by webpack as data: URLs (asset/inline). */
declare module "*.png" {
  const url: string;
  export default url;
}

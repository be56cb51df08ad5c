pub mod html_check;
pub mod md_structure;

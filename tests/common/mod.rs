pub mod md_structure;

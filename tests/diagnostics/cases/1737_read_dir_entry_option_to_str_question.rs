//! mistake: `?` on `OsStr::to_str()` (an `Option`) while listing a directory in a function returning `io::Result`
//! offending: to_str()?
//! category: try
use comprehensions::comp;
use std::fs;
use std::io;
use std::path::Path;

fn file_names(dir: &Path) -> io::Result<Vec<String>> {
    comp![e?.file_name().to_str()?.to_string() for e in fs::read_dir(dir)?]
}

fn main() {
    println!("{:?}", file_names(Path::new(".")));
}

//! mistake: `p.file_name().to_str()`: file_name returns an Option, not an OsStr (Python's os.path.basename returns a str)
//! offending: to_str
//! category: type
use comprehensions::comp;
use std::path::PathBuf;

fn main() {
    let paths = vec![PathBuf::from("/var/log/app.log"), PathBuf::from("/etc/hosts")];
    // Python: names = [os.path.basename(p) for p in paths if os.path.splitext(p)[1]]
    let names = comp![p.file_name().to_str() for p in &paths if p.extension().is_some()];
    println!("{names:?}");
}

//! mistake: calls `.path()` on the items of `read_dir`, which are `io::Result<DirEntry>`, as Python's `os.scandir` yields entries
//! offending: e.path()
//! category: python-habit
fn main() {
    let dirs = vec![".", "/tmp"];
    let mut paths = Vec::new();
    for d in &dirs {
        for e in std::fs::read_dir(d).unwrap() {
            paths.push(e.path());
        }
    }
    println!("{}", paths.len());
}

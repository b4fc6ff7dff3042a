//! mistake: a `?` over std::fs::read_to_string (io::Error) annotated Result<Vec<String>, String>
//! offending: std::fs::read_to_string(p)?
//! category: try
use comprehensions::comp;

fn main() {
    let paths = vec!["/etc/hostname", "/nonexistent.conf"];
    // Python: contents = [open(p).read() for p in paths]
    let contents: Result<Vec<String>, String> = comp![std::fs::read_to_string(p)? for p in &paths];
    match contents {
        Ok(c) => println!("{} files", c.len()),
        Err(e) => println!("error: {e}"),
    }
}

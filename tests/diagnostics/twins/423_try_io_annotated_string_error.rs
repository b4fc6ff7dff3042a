//! offending: collect()
fn main() {
    let paths = vec!["/etc/hostname", "/nonexistent.conf"];
    let contents: Result<Vec<String>, String> = paths.iter().map(|p| std::fs::read_to_string(p)).collect();
    match contents {
        Ok(c) => println!("{} files", c.len()),
        Err(e) => println!("error: {e}"),
    }
}

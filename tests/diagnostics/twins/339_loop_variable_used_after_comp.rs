//! mistake: reading the loop variable after the loop, as Python's `for` leaks it (hand-written)
fn main() {
    let lines = vec!["GET /", "POST /login", "GET /about"];
    let mut lens = Vec::new();
    for req in &lines {
        lens.push(req.len());
    }
    println!("{lens:?}, last one was {}", req);
}

//! mistake: walrus binds s.len() (usize) and the element goes into a Vec<u32>
//! offending: n for s
//! category: type
use comprehensions::comp;

fn main() {
    let payloads = vec!["x".repeat(150), "y".repeat(20), "z".repeat(400)];
    // Python: big = [n for s in payloads if (n := len(s)) > 100]
    let big: Vec<u32> = comp![n for s in &payloads if (n := s.len()) > 100];
    println!("{big:?}");
}

//! mistake: `if let Some(n)` on a `parse()` result, which is a `Result` (Python's `int()` either returns or raises)
//! offending: Some(port)
//! category: type
use comprehensions::comp;

fn main() {
    let fields = vec!["8080", "http", "443"];
    let ports = comp![port for f in &fields if let Some(port) = f.parse::<u16>()];
    println!("{ports:?}");
}

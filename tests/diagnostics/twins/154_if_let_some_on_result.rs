//! mistake: `if let Some(n)` on a `parse()` result (hand-written)
fn main() {
    let fields = vec!["8080", "http", "443"];
    let mut ports = Vec::new();
    for f in &fields {
        if let Some(port) = f.parse::<u16>() {
            ports.push(port);
        }
    }
    println!("{ports:?}");
}

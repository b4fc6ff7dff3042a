//! mistake: multiplied an `Option<u64>` latency without unwrapping it
//! offending: latency_ms(h) * 2
//! category: type
use comprehensions::comp;

fn latency_ms(host: &str) -> Option<u64> {
    if host.ends_with(".local") { Some(3) } else { None }
}

fn main() {
    let hosts = vec!["a.local", "b.local"];
    let budget: Vec<u64> = comp![latency_ms(h) * 2 for h in &hosts];
    println!("{budget:?}");
}

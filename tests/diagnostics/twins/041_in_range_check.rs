//! mistake: Python's `port in range(1024, 65536)` membership on a range (hand-written)
fn main() {
    let ports = vec![22, 8080, 443, 50000];
    let mut unprivileged = Vec::new();
    for p in ports {
        if p in range(1024, 65536) {
            unprivileged.push(p);
        }
    }
    println!("{unprivileged:?}");
}

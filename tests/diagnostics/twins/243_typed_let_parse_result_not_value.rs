//! mistake: `let port: u16 = v.parse()` (hand-written)
fn main() {
    let env = vec!["API_PORT=8080", "ADMIN_PORT=9000"];
    let mut ports = Vec::new();
    for e in &env {
        if let Some((_, v)) = e.split_once('=') {
            let port: u16 = v.parse();
            ports.push(port);
        }
    }
    println!("{ports:?}");
}

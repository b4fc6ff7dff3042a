//! mistake: a typed `let` clause `let port: u16 = v.parse()` (the `Result` not handled)
//! offending: v.parse()
//! category: type
use comprehensions::comp;

fn main() {
    let env = vec!["API_PORT=8080", "ADMIN_PORT=9000"];
    // Python: ports = [int(v) for k, v in (e.split("=") for e in env)]
    let ports = comp![port for e in &env if let Some((_, v)) = e.split_once('=') let port: u16 = v.parse()];
    println!("{ports:?}");
}

//! mistake: a `PORT` env value's parse `Result` iterated as a one-item list
//! offending: env_port.parse::<u16>()
//! category: lint
fn main() {
    let env_port = std::env::var("PORT").unwrap_or_else(|_| "8080".to_string());
    let mut ports: Vec<u16> = Vec::new();
    for p in env_port.parse::<u16>() {
        ports.push(p + 1);
    }
    println!("{ports:?}");
}

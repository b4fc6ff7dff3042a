//! mistake: a `PORT` env value's parse `Result` iterated as a one-item list
//! offending: env_port.parse::<u16>()
//! category: lint
use comprehensions::comp;

fn main() {
    let env_port = std::env::var("PORT").unwrap_or_else(|_| "8080".to_string());
    let ports: Vec<u16> = comp![p + 1 for p in env_port.parse::<u16>()];
    println!("{ports:?}");
}

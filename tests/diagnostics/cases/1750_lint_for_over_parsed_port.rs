//! mistake: iterating over a `Result` from parsing the CLI's port argument (Python's loop over a one-item list)
//! offending: p in port_arg.parse::<u16>()
//! category: lint
use comprehensions::comp;

fn main() {
    let port_arg = std::env::args().nth(1).unwrap_or_else(|| "8080".to_string());
    let binds = comp![format!("0.0.0.0:{p}") for p in port_arg.parse::<u16>()];
    println!("{binds:?}");
}

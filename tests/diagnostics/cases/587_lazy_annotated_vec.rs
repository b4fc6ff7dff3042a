//! mistake: the lazy `((..))` form assigned to a `Vec<u32>` annotation (meant the list form `[..]`)
//! offending: comp!((p.port for p in &procs if p.listening))
//! category: type
use comprehensions::comp;

struct Proc {
    port: u32,
    listening: bool,
}

fn main() {
    let procs = vec![Proc { port: 80, listening: true }, Proc { port: 8080, listening: false }];
    let ports: Vec<u32> = comp!((p.port for p in &procs if p.listening));
    println!("{ports:?}");
}

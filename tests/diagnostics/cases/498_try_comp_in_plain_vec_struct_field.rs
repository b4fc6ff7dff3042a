//! mistake: a `?` comprehension stored in a struct field declared `Vec<u16>` (the comprehension is a Result)
//! offending: p.parse::<u16>()?
//! category: try
use comprehensions::comp;

struct Server {
    ports: Vec<u16>,
}

fn main() {
    let raw = ["80", "443"];
    let server = Server {
        ports: comp![p.parse::<u16>()? for p in raw],
    };
    println!("{:?}", server.ports);
}

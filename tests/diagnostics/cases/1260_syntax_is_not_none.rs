//! mistake: Python's `if c.token is not None`: Rust writes `c.token.is_some()`
//! offending: is not None
//! category: syntax
use comprehensions::comp;

struct Client {
    id: u32,
    token: Option<String>,
}

struct Pool {
    clients: Vec<Client>,
}

impl Pool {
    fn authed(&self) -> Vec<u32> {
        comp![c.id for c in &self.clients if c.token is not None]
    }
}

fn main() {
    let p = Pool { clients: vec![Client { id: 7, token: Some("t".into()) }] };
    println!("{:?}", p.authed());
}

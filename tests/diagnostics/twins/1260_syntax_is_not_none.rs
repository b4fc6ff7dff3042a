//! mistake: Python's `if c.token is not None`: Rust writes `c.token.is_some()`
//! offending: is not None
//! category: syntax

struct Client {
    id: u32,
    token: Option<String>,
}

struct Pool {
    clients: Vec<Client>,
}

impl Pool {
    fn authed(&self) -> Vec<u32> {
        let mut out = Vec::new();
        for c in &self.clients {
            if c.token is not None {
                out.push(c.id);
            }
        }
        out
    }
}

fn main() {
    let p = Pool { clients: vec![Client { id: 7, token: Some("t".into()) }] };
    println!("{:?}", p.authed());
}

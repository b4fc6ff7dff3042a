//! mistake: Python's `[c.close() for c in conns]` written as `drop(c)` over `&conns`: dropping a reference does nothing
//! offending: drop(c)
//! category: lint
use comprehensions::comp;

struct Conn {
    id: u32,
}

fn main() {
    let conns = vec![Conn { id: 1 }, Conn { id: 2 }];
    let _closed = comp![drop(c) for c in &conns];
    println!("{} still open, first {}", conns.len(), conns[0].id);
}

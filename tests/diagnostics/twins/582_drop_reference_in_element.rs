//! mistake: `drop(c)` on a reference in a `map` closure (hand-written)
struct Conn {
    id: u32,
}

fn main() {
    let conns = vec![Conn { id: 1 }, Conn { id: 2 }];
    let _closed: Vec<()> = conns.iter().map(|c| drop(c)).collect();
    println!("{} still open, first {}", conns.len(), conns[0].id);
}

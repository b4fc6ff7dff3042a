//! mistake: a dict keyed by a small struct that derives `PartialEq` but not `Eq` and `Hash` (a Python tuple key would just work)
//! offending: p.pos
//! category: type
use comprehensions::comp;

#[derive(Debug, Clone, Copy, PartialEq)]
struct Pos {
    x: i32,
    y: i32,
}

struct Player {
    pos: Pos,
    hp: u32,
}

fn main() {
    let players = vec![Player { pos: Pos { x: 0, y: 1 }, hp: 30 }];
    let at = comp!({p.pos: p.hp for p in &players});
    println!("{}", at.len());
}

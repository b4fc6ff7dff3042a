//! mistake: filtered the living entities out of `entities` by value, then used `entities` again for the head count
//! offending: entities.len()
//! category: ownership
use comprehensions::comp;

struct Entity {
    hp: i32,
}

fn main() {
    let entities = vec![Entity { hp: 10 }, Entity { hp: 0 }, Entity { hp: 3 }];
    let alive = comp![e for e in entities if e.hp > 0];
    println!("{} of {} alive", alive.len(), entities.len());
}

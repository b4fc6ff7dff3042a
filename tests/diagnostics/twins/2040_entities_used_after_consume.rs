//! mistake: filtered the living entities out of `entities` by value, then used `entities` again for the head count
//! offending: entities.len()
//! category: ownership
struct Entity {
    hp: i32,
}

fn main() {
    let entities = vec![Entity { hp: 10 }, Entity { hp: 0 }, Entity { hp: 3 }];
    let mut alive = Vec::new();
    for e in entities {
        if e.hp > 0 {
            alive.push(e);
        }
    }
    println!("{} of {} alive", alive.len(), entities.len());
}

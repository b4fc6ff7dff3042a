//! mistake: left out the comma between two tuple fields of the element
//! offending: t.table t.course
//! category: syntax
use comprehensions::comp;

struct Ticket {
    table: u8,
    course: u8,
    fire: bool,
}

fn main() {
    let tickets = vec![Ticket { table: 2, course: 1, fire: true }, Ticket { table: 6, course: 2, fire: false }];
    let to_fire = comp![(t.table t.course) for t in &tickets if t.fire];
    println!("{to_fire:?}");
}

//! mistake: Python's list concatenation `[..] + [..]` between two list comprehensions: `Vec` has no `+`
//! offending: +
//! category: python-habit
use comprehensions::comp;

struct User {
    id: u32,
}

fn main() {
    let admins = vec![User { id: 1 }];
    let guests = vec![User { id: 7 }, User { id: 9 }];
    let all = comp![u.id for u in &admins] + comp![u.id for u in &guests];
    println!("{all:?}");
}

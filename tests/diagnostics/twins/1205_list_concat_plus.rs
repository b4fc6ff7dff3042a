//! mistake: `vec_a + vec_b` between two collected `Vec`s
//! offending: +
//! category: python-habit

struct User {
    id: u32,
}

fn main() {
    let admins = vec![User { id: 1 }];
    let guests = vec![User { id: 7 }, User { id: 9 }];
    let all = admins.iter().map(|u| u.id).collect::<Vec<_>>() + guests.iter().map(|u| u.id).collect::<Vec<_>>();
    println!("{all:?}");
}

// Python's dict literal as the element: one error that names it, no
// `unused_braces` warning about the user's braces.
use comprehensions::comp;

struct User {
    id: u32,
}

fn main() {
    let users = vec![User { id: 1 }];
    let _payload = comp![{"id": u.id} for u in &users];
}

use comprehensions::comp;

fn main() {
    let users = vec!["ann", "bob"];
    // A `;` after the element, as a statement's.
    let _ = comp![u.len(); for u in &users];
    // A stray comma after the element.
    let _ = comp![u.len(), for u in &users];
    // The `for` keyword deleted after an operand.
    let _ = comp![u.len() * 2 u in &users];
}

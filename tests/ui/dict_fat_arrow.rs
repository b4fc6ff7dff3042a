use comprehensions::comp;

fn main() {
    let rows = vec![("ana", 3), ("bo", 4)];
    let _ = comp!({name => score for (name, score) in rows});
    // In a clause, `=>` is a `>=` mistyped.
    let years = vec![1985, 1994];
    let _ = comp![y for y in &years if *y => 1990];
}

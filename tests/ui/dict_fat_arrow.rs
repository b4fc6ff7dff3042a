use comprehensions::comp;

fn main() {
    let rows = vec![("ana", 3), ("bo", 4)];
    let _ = comp!({name => score for (name, score) in rows});
}

//! mistake: `=` instead of `==` in a filter condition (hand-written)
fn main() {
    let responses = vec![("/", 200), ("/admin", 403)];
    let mut ok = Vec::new();
    for (path, status) in responses {
        if status = 200 {
            ok.push(path);
        }
    }
    println!("{ok:?}");
}

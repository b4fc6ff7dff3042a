//! mistake: `?` on a `bool` validation result (hand-written)
fn check(emails: &[&str]) -> Option<Vec<bool>> {
    let mut valid = Vec::new();
    for e in emails {
        valid.push(e.contains('@')?);
    }
    Some(valid)
}

fn main() {
    println!("{:?}", check(&["a@x.org", "bad"]));
}

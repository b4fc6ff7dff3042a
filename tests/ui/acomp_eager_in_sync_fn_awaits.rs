use comprehensions::acomp;

async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

// Python: [await fetch_name(i) for i in ids] in a plain `def`: rustc's
// E0728 on the user's `.await`, as in the loop by hand.
fn load_all(ids: &[u32]) -> Vec<String> {
    acomp![fetch_name(*id).await for id in ids]
}

fn main() {
    let _ = load_all(&[1, 2]);
}

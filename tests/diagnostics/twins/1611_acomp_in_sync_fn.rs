//! mistake: an eager `acomp!` that awaits each lookup, inside a plain (not `async`) loader function
//! offending: .await
//! category: async
async fn fetch_name(id: u32) -> String {
    format!("user{id}")
}

fn load_all(ids: &[u32]) -> Vec<String> {
    let mut out = Vec::new();
    for id in ids {
        out.push(fetch_name(*id).await);
    }
    out
}

fn main() {
    println!("{:?}", load_all(&[1, 2]));
}

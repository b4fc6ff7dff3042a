//! mistake: returned eager acomp whose element calls an async fn without .await
//! offending: display_name(id)
//! category: async

async fn display_name(id: u32) -> String {
    format!("user-{id}")
}

async fn names(ids: &[u32]) -> Vec<String> {
    let mut out = Vec::new();
    for &id in ids {
        out.push(display_name(id));
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    println!("{:?}", names(&[1, 2, 3]).await);
}

use comprehensions::acomp;

async fn fetch(u: &str) -> usize {
    u.len()
}

fn main() {
    let urls = vec!["/a", "/bc"];
    let _ = async {
        let _sizes = acomp![await fetch(u).await for u in &urls];
    };
}

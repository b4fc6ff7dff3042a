struct Doc {
    tags: Vec<String>,
}

impl Doc {
    fn keys(&self) -> Vec<&str> {
        let mut out = Vec::new();
        for t in &self.tags {
            let low = t.to_lowercase();
            out.push(low.trim());
        }
        out
    }
}

fn main() {
    let d = Doc { tags: vec![" Rust ".to_string(), "Python".to_string()] };
    println!("{:?}", d.keys());
}

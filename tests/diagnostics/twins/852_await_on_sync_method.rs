//! mistake: awaits a method that is not async (`word_count` returns a plain `usize`) in an async method
//! offending: self.word_count(b).await
//! category: async
struct Archive {
    bodies: Vec<String>,
}

impl Archive {
    fn word_count(&self, body: &str) -> usize {
        body.split_whitespace().count()
    }

    async fn counts(&self) -> Vec<usize> {
        let mut out = Vec::new();
        for b in &self.bodies {
            out.push(self.word_count(b).await);
        }
        out
    }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let a = Archive { bodies: vec!["one two".into(), "three".into()] };
    println!("{:?}", a.counts().await);
}

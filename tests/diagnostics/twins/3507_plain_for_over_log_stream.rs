//! mistake: iterated a log stream with a plain `for` instead of `async for`
//! offending: stream
//! category: async

fn main() {
    futures::executor::block_on(async {
        let stream = futures::stream::iter(vec!["GET /a".to_string(), "POST /b".to_string()]);
        let mut sizes: Vec<usize> = Vec::new();
        for l in stream {
            sizes.push(l.len());
        }
        println!("{sizes:?}");
    });
}

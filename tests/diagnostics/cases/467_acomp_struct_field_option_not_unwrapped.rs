//! mistake: struct field Vec<String> filled by an acomp whose awaited lookup returns Option<String>
//! offending: lookup_title(id).await
//! category: async
use comprehensions::acomp;

struct Report {
    titles: Vec<String>,
}

async fn lookup_title(id: u32) -> Option<String> {
    if id % 2 == 0 { Some(format!("post {id}")) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![2, 4, 6];
    // Python: Report(titles=[await lookup_title(i) for i in ids])
    let report = Report {
        titles: acomp![lookup_title(id).await for &id in &ids],
    };
    println!("{}", report.titles.len());
}

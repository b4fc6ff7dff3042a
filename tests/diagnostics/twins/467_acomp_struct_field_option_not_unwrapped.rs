//! mistake: struct field Vec<String> filled by an acomp whose awaited lookup returns Option<String>
//! offending: lookup_title(id).await
//! category: async

struct Report {
    titles: Vec<String>,
}

async fn lookup_title(id: u32) -> Option<String> {
    if id % 2 == 0 { Some(format!("post {id}")) } else { None }
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let ids = vec![2, 4, 6];
    let mut titles = Vec::new();
    for &id in &ids {
        titles.push(lookup_title(id).await);
    }
    let report = Report { titles };
    println!("{}", report.titles.len());
}

//! mistake: used an eager `acomp!` that awaits inside a plain (non-async) `fn`
//! offending: lookup_go_term(&g.id).await
//! category: async
use std::time::Duration;

struct Gene {
    id: String,
    symbol: String,
}

/// Stand-in for a GO annotation service.
async fn lookup_go_term(gene_id: &str) -> String {
    tokio::time::sleep(Duration::from_millis(1)).await;
    format!("GO:{:07}", gene_id.len() * 1234)
}

fn annotate_all(genes: &[Gene]) -> Vec<String> {
    let mut out = Vec::new();
    for g in genes {
        out.push(lookup_go_term(&g.id).await);
    }
    out
}

#[tokio::main(flavor = "current_thread")]
async fn main() {
    let genes = vec![
        Gene { id: "ENSG00000141510".to_string(), symbol: "TP53".to_string() },
        Gene { id: "ENSG00000012048".to_string(), symbol: "BRCA1".to_string() },
    ];
    let terms = annotate_all(&genes);
    for (g, t) in genes.iter().zip(&terms) {
        println!("{}\t{t}", g.symbol);
    }
}

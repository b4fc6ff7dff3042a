//! mistake: wrote `parse<u32>()` without the turbofish when parsing doc ids from a query parameter
//! offending: parse<u32>()
//! category: syntax

fn main() {
    let ids_param = "12, 40,7 ,301";
    let doc_ids: Vec<u32> = ids_param.split(',').map(|s| s.trim().parse<u32>().unwrap()).collect();
    println!("{doc_ids:?}");
}

//! mistake: called `split()` without a separator, as Python's whitespace split
//! offending: split()
//! category: python-habit
fn main() {
    let fw_log = "DROP IN=eth0 SRC=45.9.148.3 DST=10.0.0.2 PROTO=TCP DPT=23\n\
                  ACCEPT IN=eth0 SRC=10.0.0.9 DST=10.0.0.2 PROTO=TCP DPT=443";
    let mut sources = Vec::new();
    for line in fw_log.lines() {
        for tok in line.split() {
            if tok.starts_with("SRC=") {
                sources.push(tok.trim_start_matches("SRC="));
            }
        }
    }
    println!("{sources:?}");
}

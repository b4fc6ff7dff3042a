//! mistake: called `split()` without a separator, as Python's whitespace split
//! offending: split()
//! category: python-habit
use comprehensions::comp;

fn main() {
    let fw_log = "DROP IN=eth0 SRC=45.9.148.3 DST=10.0.0.2 PROTO=TCP DPT=23\n\
                  ACCEPT IN=eth0 SRC=10.0.0.9 DST=10.0.0.2 PROTO=TCP DPT=443";
    let sources = comp![tok.trim_start_matches("SRC=") for line in fw_log.lines() for tok in line.split() if tok.starts_with("SRC=")];
    println!("{sources:?}");
}
